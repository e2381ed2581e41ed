"""The one list of features plugged into the main window, in the order they are installed."""

from __future__ import annotations


def install_networking(window) -> None:
    from mentordesk.ui.areas.today_install import install_networking as install  # pipeline, opportunities, prep

    install(window)


def install_exchange(window) -> None:
    from mentordesk.ui.exchange.install import install_exchange as install  # import, export, duplicates

    install(window)


def install_safety(window) -> None:
    from mentordesk.ui.safety.actions import install_safety as install  # backups, restore, passphrase, privacy

    install(window)


def install_crossroads(window) -> None:
    from mentordesk.ui.crossroads.install import install_crossroads as install  # the wizard and past decisions

    install(window)


def install_sync(window) -> None:
    from mentordesk.ui.sync.controller import install_sync as install  # Sync Now and its status line

    install(window)


def install_databases(window) -> None:
    from mentordesk.ui.databases import install_databases as install  # New, Open and Open Recent database

    install(window)


def install_licences(window) -> None:
    from mentordesk.ui.help import install_licences as install  # Help ▸ Licences

    install(window)


# Each installer is idempotent: a feature already in the window's context is left as it is.
FEATURES = (install_networking, install_exchange, install_safety, install_crossroads, install_sync,
            install_databases, install_licences)


def install_features(window) -> None:
    """Plug every feature into `window` (MainWindow does, when it is complete)."""
    for install in FEATURES:
        install(window)
