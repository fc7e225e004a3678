//! Rebuilds when the shipped designs change, since they are embedded in the binary.
fn main() {
    println!("cargo:rerun-if-changed=designs");
    println!("cargo:rerun-if-changed=makerspaces");
}
