"""Embeddings and the FAISS index (imports point one way: index/ → pipeline/)."""
