// loaded with `%load helpers`: IJava tries .jsh, .jshell, .java, .ijava, then .ipynb
int square(int x) {
    return x * x;
}
String greeting = "hello from helpers.jsh";
