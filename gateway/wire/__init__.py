"""Wire formats: one adapter per API the gateway serves (OpenAI chat, completions, embeddings;
Anthropic messages). An adapter knows where its texts are (its inspection shape), how to validate
what the walk exempts, how to restore an answer, and how its errors look. The pipeline is shared.
"""
