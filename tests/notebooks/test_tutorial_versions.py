"""The tutorial's two versions come from one outline: the student's has every exercise open and no
solution, the teacher's has every exercise solved, in the same order, and is marked for the website
to leave out."""
import os
import re

import nbformat

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = re.compile(r'Exercises\.check\("([^"]+)", (answer\d+)\)')


def exercises(name):
    nb = nbformat.read(os.path.join(ROOT, "notebooks", name + ".ipynb"), as_version=4)
    found = []
    for cell in nb.cells:
        if cell.cell_type == "code":
            m = CHECK.search(cell.source)
            if m:
                assignment = re.search(r"Object %s = (.*);" % m.group(2), cell.source, re.S)
                assert assignment, "exercise %s in %s: no `Object %s = …;`" % (m.group(1), name, m.group(2))
                found.append((m.group(1), assignment.group(1).strip()))
    return nb, found


def test_student_version_has_open_exercises_and_teacher_version_the_solutions():
    student, open_ = exercises("50-tutorial")
    teacher, solved = exercises("51-tutorial-solutions")
    assert len(open_) >= 6
    assert [e for e, _ in open_] == [e for e, _ in solved]
    assert all(value == "null" for _, value in open_), open_
    assert all(value != "null" for _, value in solved), solved
    assert not student.metadata.get("treatylab", {}).get("solutions")
    assert teacher.metadata["treatylab"]["solutions"] is True
    text = "\n".join(c.source for c in student.cells)
    for _, solution in solved:
        assert solution not in text, "a solution in the student's version: " + solution
