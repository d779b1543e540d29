#!/usr/bin/env node
import '../dist/apps/cluster/main.js';
