"""Dashboard of the Alert4you BSO pilots and related municipal cases."""
