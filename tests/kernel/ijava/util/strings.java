// loaded with `%load util/strings` (found as .java)
String shout(String s) {
    return s.toUpperCase(java.util.Locale.ROOT) + "!";
}
