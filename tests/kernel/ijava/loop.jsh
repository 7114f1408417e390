%load loop.jsh
