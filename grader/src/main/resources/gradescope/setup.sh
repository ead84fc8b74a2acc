#!/usr/bin/env bash
# Gradescope runs this once, as root, when it builds the autograder's image (Ubuntu 22.04 or
# 24.04). The grader needs a JDK 21 or newer, for it compiles the students' code, and util-linux's
# unshare, with which it contains each grading.
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends openjdk-21-jdk-headless util-linux
java -version
