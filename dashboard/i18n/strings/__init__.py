"""One module per page or shared part, each defining STRINGS = {key: (dutch, english)}."""
