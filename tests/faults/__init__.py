"""Fault-injection suite for the repair loop: real broken cells, executed for real."""
