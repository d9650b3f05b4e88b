"""The web server: REST API (app.py), dashboard pages (pages.py) and their guards."""
