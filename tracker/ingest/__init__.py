"""Ingestion: fetch feeds and files, parse them, decide documents, build events.

Nothing here touches the database: the poller talks to the log and to the feed state
through the ports (``EventStore``, ``FeedStateStore``); ``app.py`` wires the real ones.
"""
