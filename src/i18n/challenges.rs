//! UI strings of the challenges views, in zh and en.
