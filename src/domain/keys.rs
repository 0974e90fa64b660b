//! [`keyed_enum!`]: an enum whose variants each have a stable text key (a URL value, a data
//! key), with `ALL`, `key()` and `from_key()` generated from one list `Variant => "key"`.

/// Declares `pub enum $name` with the given attributes and variants, and generates
/// `pub const ALL: &'static [Self]` (declaration order), `key(self)` and `from_key(&str)`.
macro_rules! keyed_enum {
    ($(#[$meta:meta])* pub enum $name:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal),* $(,)? }) => {
        $(#[$meta])*
        pub enum $name {
            $($(#[$vmeta])* $variant,)*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [Self] = &[$($name::$variant),*];

            /// The variant's stable text key.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)*
                }
            }

            /// The variant with this key, if any.
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
        assert_eq!(Sample::ALL, &[Sample::First, Sample::Second]);
        for &sample in Sample::ALL {
            assert_eq!(Sample::from_key(sample.key()), Some(sample));
        }
        assert_eq!(Sample::Second.key(), "second");
        assert_eq!(Sample::from_key("third"), None);
        assert_eq!(Sample::default(), Sample::First);
    }
}
