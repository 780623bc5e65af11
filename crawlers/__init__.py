"""Scrapy side of aipulse: discovery and fetching only; pages go to pipeline/ for processing."""
