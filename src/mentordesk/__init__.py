"""MentorDesk: organize the people who help you get unstuck at work."""

APP_NAME = "MentorDesk"
APP_ID = "mentordesk"
DESKTOP_ID = "io.github.mentordesk.MentorDesk"  # .desktop file, icon, AppStream id and Wayland app id
__version__ = "0.1.0"
