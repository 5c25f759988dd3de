"""Composition root: opens the database and builds the services over it.

The only module that knows every layer below the GUI; the command line and `launch` (the
GUI's start) call it.
"""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from argon2 import PasswordHasher
from peewee import Database

from monev_desktop.db.connection import DatabaseDamaged, open_database, set_aside
from monev_desktop.db.schema import upgrade
from monev_desktop.locations import cache_dir, data_dir
from monev_desktop.services.accounts import AccountService
from monev_desktop.services.agreements import AgreementService
from monev_desktop.services.backup import BackupService
from monev_desktop.services.backup_file import Manifest, verify_backup
from monev_desktop.services.calendar import CalendarService
from monev_desktop.services.container import Services
from monev_desktop.services.context import ServiceContext
from monev_desktop.services.documents import DocumentService
from monev_desktop.services.holiday_cache import cached_holidays
from monev_desktop.services.resources import load_processes
from monev_desktop.services.restore import RestoreService
from monev_desktop.services.settings import SettingsService
from monev_desktop.services.workflow import WorkflowService


def build_services(
    db: Database,
    now: Callable[[], datetime] = datetime.now,
    hasher: PasswordHasher | None = None,
    folder: Path | None = None,
) -> Services:
    """Services over an open, up-to-date database; `folder` holds the archive (default: the
    per-user data folder)."""
    ctx = ServiceContext(
        db=db,
        processes=load_processes(),
        data_dir=folder or data_dir(),
        now=now,
        is_holiday=cached_holidays(cache_dir(), now().date()),
        hasher=hasher or PasswordHasher(),
    )
    settings = SettingsService(ctx)
    calendar = CalendarService(ctx, settings)
    documents = DocumentService(ctx, settings, calendar)
    return Services(
        ctx=ctx,
        settings=settings,
        calendar=calendar,
        accounts=AccountService(ctx),
        agreements=AgreementService(ctx),
        workflow=WorkflowService(ctx, calendar),
        documents=documents,
        backup=BackupService(ctx, settings, documents),
        restore=RestoreService(ctx, documents),
    )


def open_services(url: str, **options) -> Services:
    """Open `url`, migrate it (refusing a newer schema), build the services and clear what
    an interrupted run left behind.

    Raises DatabaseUnavailable, DatabaseDamaged, SchemaTooNew or ArchiveInUse (a restore a
    crash cut short cannot be undone yet) with a message for the user.
    """
    db = open_database(url)
    try:
        upgrade(db)
        services = build_services(db, **options)
        services.restore.finish_interrupted()
        services.documents.clean_leftovers()
        services.backup.clean_leftovers()
    except BaseException:
        db.close()
        raise
    return services


def restore_backup(url: str, file: Path, **options) -> Manifest:
    """Restore `file` into the database at `url` (the command line's restore).

    The backup is verified first; a refused file changes nothing. A damaged SQLite file is
    renamed aside, never overwritten, and the backup restored into a fresh one.
    """
    verify_backup(file)
    try:
        services = open_services(url, **options)
    except DatabaseDamaged as damaged:
        set_aside(damaged.path, datetime.now().strftime("%Y%m%d-%H%M%S"))
        services = open_services(url, **options)
    try:
        return services.restore.run(None, file)
    finally:
        services.close()
