"""The processing stages: plain functions over plain data (no scrapy, faiss or torch here)."""
