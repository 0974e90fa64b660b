//! `keyed_enum!`: an enum whose variants each have one key, the name used in `data/` and in
//! URLs. It generates the enum, `ALL`, `key()` and `from_key()` from one list, so a key is
//! written once; serde uses the same keys (`#[serde(rename = …)]` on each variant).

macro_rules! keyed_enum {
    (@one $variant:ident) => {
        1
    };
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $($(#[$vmeta:meta])* $variant:ident => $key:literal),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $key)] $variant,)*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [Self; 0 $(+ keyed_enum!(@one $variant))*] = [$($name::$variant,)*];

            /// The key used in `data/` and in URLs.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)*
                }
            }

            pub fn from_key(key: &str) -> Option<Self> {
                match key {
                    $($key => Some($name::$variant),)*
                    _ => None,
                }
            }
        }
    };
}

pub(crate) use keyed_enum;

#[cfg(test)]
mod tests {
    keyed_enum! {
        /// A test enum.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
        pub enum Sample {
            #[default]
            First => "first",
            Second => "second",
        }
    }

    #[test]
    fn keys_round_trip_in_declaration_order() {
        assert_eq!(Sample::ALL, [Sample::First, Sample::Second]);
        for sample in Sample::ALL {
            assert_eq!(Sample::from_key(sample.key()), Some(sample));
        }
        assert_eq!(Sample::Second.key(), "second");
        assert_eq!(Sample::from_key("third"), None);
        assert_eq!(Sample::default(), Sample::First);
        assert_eq!(
            serde_json::to_string(&Sample::Second).ok().as_deref(),
            Some("\"second\"")
        );
    }
}
