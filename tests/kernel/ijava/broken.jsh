int fine = 1;
int notFine = undefinedHelper(fine);
