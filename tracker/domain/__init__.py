"""The pure core: claims, events, time and quantity values, and the rules over them.

Nothing in here reads a clock, touches SQL or speaks HTTP.
"""
