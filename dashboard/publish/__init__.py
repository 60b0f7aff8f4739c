"""What leaves the app as a file: table downloads, the open data package, the dataset zip."""
