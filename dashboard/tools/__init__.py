"""Command-line steps run by make targets: building the boundaries, auditing the proof rules."""
