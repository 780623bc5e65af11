"""aipulse: track how the news talks about AI companies."""

__version__ = "0.1.0"
