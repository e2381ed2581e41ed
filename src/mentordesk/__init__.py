"""MentorDesk: organize the people who help you get unstuck at work."""

APP_NAME = "MentorDesk"
APP_ID = "mentordesk"
__version__ = "0.1.0"
