"""Built-in defaults: the shipped config.toml holds exactly these values (a test checks)."""

from __future__ import annotations

from typing import Any

# (key, default, help). Types come from the default; lists are lists of strings.
SETTINGS: list[tuple[str, Any, str]] = [
    ("storage.data_dir", "data", "Folder for the SQLite file, raw pages and the index; relative to the config file."),
    ("storage.db_name", "aipulse.db", "File name of the SQLite database inside data_dir."),
    ("storage.backend", "sqlite", "sqlite (one file, one machine) or postgres (PostgreSQL with pgvector, shared by many "
                                  "workers; docs/postgres.md)."),
    ("storage.url_env", "AIPULSE_DATABASE_URL", "For postgres: the environment variable holding the database URL, "
                                                "postgresql://user:password@host:port/database."),
    ("storage.lease_s", 60, "For postgres: how long a worker's claim on a source or a batch of articles lasts without "
                            "its heartbeat; a killed worker's work passes to another after this."),
    ("crawl.user_agent", "aipulse/0.1 (+https://github.com/aipulse/aipulse; news-analytics crawler)",
     "User-Agent sent with every request; say who you are."),
    ("crawl.obey_robots", True, "Honour robots.txt."),
    ("crawl.concurrent_requests", 16, "Requests in flight across all sites."),
    ("crawl.per_domain_concurrency", 2, "Requests in flight to one site."),
    ("crawl.download_delay_s", 0.5, "Minimum delay between requests to one site, in seconds."),
    ("crawl.autothrottle", True, "Adapt the delay to each site's response times (Scrapy AutoThrottle)."),
    ("crawl.timeout_s", 30.0, "Give up on a response after this many seconds, whole body included."),
    ("crawl.max_page_bytes", 5_000_000, "Largest response accepted, after decompression."),
    ("crawl.max_depth", 2, "Link depth followed from a start URL; feeds and sitemaps list articles directly."),
    ("crawl.max_pages_per_source", 500, "Stop a source's crawl after this many fetched pages in one run."),
    ("crawl.max_feed_items", 200, "Newest entries read from one feed or sitemap."),
    ("crawl.retries", 2, "Retries of a request that failed with a timeout or a 5xx status."),
    ("crawl.min_article_words", 80, "Pages with less extracted text are not stored as articles."),
    ("model.name", "all-MiniLM-L6-v2",
     "Sentence-transformers model: the packaged all-MiniLM-L6-v2, or a local folder path."),
    ("model.device", "auto", "auto, cpu or cuda."),
    ("model.batch_size", 64, "Texts per encoder batch."),
    ("model.precision", "auto",
     "auto: fp16 on a GPU; on a CPU, embeddings in int8 where it has int8 dot products (VNNI, AMX) and the "
     "model is BERT (MPNet: int8 only when set), the stance model in bf16 where it has native bf16, else fp32. int8, bf16, fp32: "
     "force one on the CPU (int8 applies to embeddings; the stance model then runs in bf16 or fp32)."),
    ("stance.enabled", True, "Find company mentions and score their stance during ingest."),
    ("stance.languages", ["en"],
     "Score the mentions of articles written in these languages (ISO 639-1 codes, detected from the text: the stance "
     "model reads English); an article surely in another is stored and searchable, its mentions not scored. [] scores "
     "every article."),
    ("themes.enabled", True,
     "Give every mention a theme (what the sentence judges the company on: models, products, open_source, business, "
     "infrastructure, adoption, regulation, safety, people, other) from the stance model's theme head."),
    ("index.enabled", True, "Embed every sentence during ingest (passage vectors derive from them) and keep the search index."),
    ("schedule.ingest_interval", "1h", "How often the daemon ingests, e.g. 30s, 15m, 6h."),
    ("schedule.digest_cron", "mon 07:00", "When the weekly digest goes out: weekday and time."),
    ("schedule.timezone", "UTC", "Time zone of digest_cron (IANA name)."),
    ("email.host", "localhost", "SMTP server."),
    ("email.port", 587, "SMTP port."),
    ("email.security", "starttls", "starttls, ssl or none."),
    ("email.from", "aipulse@localhost", "Sender address of the digest."),
    ("email.to", [], "Recipients of the digest."),
    ("email.username", "", "SMTP login; empty for none."),
    ("email.password_env", "AIPULSE_SMTP_PASSWORD", "Environment variable holding the SMTP password."),
    ("email.ca_file", "", "PEM file of the CA that signed the SMTP server's certificate; empty: the system's CAs."),
    ("email.timeout_s", 30.0, "Give up on the SMTP server after this many seconds."),
]

CHOICES: dict[str, tuple[str, ...]] = {
    "model.device": ("auto", "cpu", "cuda"),
    "model.precision": ("auto", "int8", "bf16", "fp32"),
    "email.security": ("starttls", "ssl", "none"),
    "storage.backend": ("sqlite", "postgres"),
}

# Source keys: (default, help). `name` is required; a source needs at least one URL.
SOURCE_KEYS: dict[str, tuple[Any, str]] = {
    "name": (None, "Short unique name of the source."),
    "feeds": ([], "RSS 0.9x/1.0/2.0 or Atom feed URLs."),
    "sitemaps": ([], "Sitemap, news sitemap or sitemap index URLs."),
    "start_urls": ([], "Article or section pages; links on section pages are followed up to max_depth."),
    "include": ([], "Regular expressions; when set, only article URLs matching one are fetched."),
    "exclude": ([], "Regular expressions; article URLs matching one are skipped."),
    "allow_private": (False, "Allow private, loopback and link-local addresses (local test sites only)."),
    "owner": ("", "A company of the entity table whose own blog or newsroom this is: its mentions of that company "
                  "are first-party and stay out of the company's trends, digest and alerts."),
}

# Alert keys: (default, help). `name` is required; none is configured by default.
ALERT_KEYS: dict[str, tuple[Any, str]] = {
    "name": (None, "Short unique name of the rule."),
    "entity": ("*", "A company of the entity table, or \"*\" for every tracked company."),
    "theme": ("", "Only mentions of this theme (models, products, …); empty: every mention."),
    "when": ("shift", "shift: a notable change of the optimism index against the window before; below / above: the "
                      "window's index under / over threshold."),
    "threshold": (0.0, "For below and above: an index in [-1, 1]."),
    "window": ("7d", "The rolling window the index is computed over, e.g. 7d, 14d, 36h."),
    "min_stories": (2, "Never alert on fewer distinct stories in a window."),
    "confidence": (0.95, "How sure a shift must be, and the level of the intervals shown: 0.95, 0.9 or 0.8 (more alerts, "
                         "more of them noise)."),
    "webhook": ("", "URL that receives a JSON POST; empty: none."),
    "webhook_secret_env": ("", "Environment variable holding the secret that signs each webhook request; empty: unsigned."),
    "allow_private": (False, "Allow the webhook's own host on a private or loopback address (nothing else)."),
    "timeout_s": (10.0, "Give up on one webhook attempt after this many seconds (3 more attempts follow, 0.5-2 s apart)."),
    "email": (False, "Also mail the alert to email.to with the [email] settings."),
}
ALERT_WHEN = ("shift", "below", "above")

DEFAULT_SOURCES: list[dict[str, Any]] = [
    {"name": "techcrunch-ai", "feeds": ["https://techcrunch.com/category/artificial-intelligence/feed/"]},
    {"name": "the-verge-ai", "feeds": ["https://www.theverge.com/rss/ai-artificial-intelligence/index.xml"]},
    {"name": "venturebeat-ai", "feeds": ["https://venturebeat.com/category/ai/feed/"]},
    {"name": "mit-technology-review-ai",
     "feeds": ["https://www.technologyreview.com/topic/artificial-intelligence/feed"]},
    {"name": "ars-technica-ai", "feeds": ["https://arstechnica.com/ai/feed/"]},
    {"name": "wired-ai", "feeds": ["https://www.wired.com/feed/tag/ai/latest/rss"]},
    {"name": "guardian-ai",
     "feeds": ["https://www.theguardian.com/technology/artificialintelligence/rss"],
     "sitemaps": ["https://www.theguardian.com/sitemaps/news.xml"],
     "include": ["/technology/"]},
    {"name": "openai-news", "feeds": ["https://openai.com/news/rss.xml"], "owner": "OpenAI"},
    {"name": "google-ai-blog", "feeds": ["https://blog.google/technology/ai/rss/"], "owner": "Google"},
    {"name": "meta-newsroom", "feeds": ["https://about.fb.com/news/feed/"], "owner": "Meta"},
    {"name": "microsoft-ai-blog", "feeds": ["https://blogs.microsoft.com/ai/feed/"], "owner": "Microsoft"},
    {"name": "aws-ml-blog", "feeds": ["https://aws.amazon.com/blogs/machine-learning/feed/"], "owner": "Amazon"},
    {"name": "hugging-face-blog", "feeds": ["https://huggingface.co/blog/feed.xml"]},
]

# Products and people map to their company. Matching rules (case, word boundaries) live in
# pipeline/entities.py; aliases here are written the way the news writes them.
DEFAULT_ENTITIES: dict[str, list[str]] = {
    "Meta": ["Meta", "Meta Platforms", "Facebook", "Llama", "Zuckerberg", "Meta AI"],
    "OpenAI": ["OpenAI", "ChatGPT", "GPT-4", "GPT-4o", "GPT-5", "Sora", "Altman", "Sam Altman"],
    "Google": ["Google", "Alphabet", "Gemini", "DeepMind", "Google DeepMind", "Bard", "Pichai", "Sundar Pichai"],
    "Anthropic": ["Anthropic", "Claude", "Amodei", "Dario Amodei"],
    "Microsoft": ["Microsoft", "Copilot", "Azure", "Nadella", "Satya Nadella", "Bing"],
    "Amazon": ["Amazon", "AWS", "Amazon Web Services", "Bedrock", "Alexa", "Jassy", "Andy Jassy"],
    "Nvidia": ["Nvidia", "NVIDIA", "Jensen Huang"],
    "Apple": ["Apple", "Apple Intelligence", "Siri", "Tim Cook"],
    "Mistral": ["Mistral", "Mistral AI", "Le Chat"],
    "xAI": ["xAI", "Grok", "Elon Musk"],
}
