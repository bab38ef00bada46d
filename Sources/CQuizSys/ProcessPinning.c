// Pinning a whole process (every thread it has now) to one CPU, for benchmarks that keep the server
// under test and the load generator off each other's core.
#define _GNU_SOURCE
#include "CQuizSys.h"

#include <dirent.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

int cqs_pin_process(int pid, int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (pid == 0) pid = getpid();
    char path[64];
    snprintf(path, sizeof path, "/proc/%d/task", pid);
    DIR *tasks = opendir(path);
    if (tasks == NULL) return sched_setaffinity(pid, sizeof set, &set) == 0 ? 1 : -1;
    int pinned = 0;
    struct dirent *entry;
    while ((entry = readdir(tasks)) != NULL) {
        int task = atoi(entry->d_name);
        if (task > 0 && sched_setaffinity(task, sizeof set, &set) == 0) pinned += 1;
    }
    closedir(tasks);
    return pinned > 0 ? pinned : -1;
}

int cqs_pin_this_thread(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set);
}
