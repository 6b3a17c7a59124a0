fn main() {
  let s : &str = "Hello WebAssembly in Docker!";
  println!("{}", s);
}
