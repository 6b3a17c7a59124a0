// The order API.
pub fn health() -> bool {
    true
}
