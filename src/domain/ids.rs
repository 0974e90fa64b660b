//! Typed record ids. Each collection's ids are their own type, so an operator id can never be
//! looked up among cases; each deserializes straight from the data's strings.

use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

use serde::{Deserialize, Serialize};

macro_rules! id_types {
    ($($(#[$meta:meta])* $name:ident),* $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn new(id: impl Into<String>) -> Self {
                Self(id.into())
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<&str> for $name {
            fn from(id: &str) -> Self {
                Self(id.to_string())
            }
        }

        impl From<String> for $name {
            fn from(id: String) -> Self {
                Self(id)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                &self.0 == other
            }
        }

        impl PartialEq<$name> for String {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }

        impl PartialEq<$name> for &str {
            fn eq(&self, other: &$name) -> bool {
                *self == other.0
            }
        }
    )*};
}

id_types! {
    /// `edition.json` sections: `s4-3-1`.
    SectionId,
    /// `tiers.json` axes.
    AxisId,
    /// `operators.json`: `china-mobile`.
    OperatorId,
    /// `measures.json` measures.
    MeasureId,
    /// `measures.json` examples.
    ExampleId,
    /// `indicators.json` indicators.
    IndicatorId,
    /// `indicators.json` findings.
    FindingId,
    /// `cases.json` technologies.
    TechnologyId,
    /// `cases.json` organisations.
    OrganisationId,
    /// `cases.json` cases.
    CaseId,
    /// `challenges.json` challenges.
    ChallengeId,
    /// `challenges.json` recommendations.
    RecommendationId,
    /// `glossary.json` terms.
    TermId,
}
