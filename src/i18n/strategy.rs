//! UI strings of the strategy views, in zh and en.
