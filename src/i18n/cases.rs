//! UI strings of the cases views, in zh and en.
