"""Imported only as the batch forkserver's preload module: the forkserver dies with the batch."""

from briefing.parent_watch import die_with_parent

die_with_parent()
