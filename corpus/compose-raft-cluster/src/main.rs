fn main() {
    println!("raft node {}", std::env::var("NODE_ID").unwrap_or_default());
}
