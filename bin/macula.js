#!/usr/bin/env node
import '../dist/apps/macula/main.js';
