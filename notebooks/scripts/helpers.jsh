// Loaded by the kernel tour with %load: a .jsh file holds ordinary cell code.
String shout(String s) {
    return s.toUpperCase(Locale.ROOT) + "!";
}
