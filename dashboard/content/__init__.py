"""What the dashboard says: fact sentences, headlines, page leads, slides and factsheets."""
