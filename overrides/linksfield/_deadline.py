"""The time budget of one call (``Settings.timeout``), and how a running attempt is stopped at its end.

httpx's ``timeout`` bounds each socket operation, not a call: a server that sends its headers and
then one byte every 0.4 s never trips a read timeout, and retries multiply whatever limit there is.
So the invokers give each call a :class:`Budget` that everything waiting on its behalf draws from:

* each attempt's httpx timeouts are cut to what is left (:meth:`Budget.attempt_timeout`), so a
  connect, a write or one silent read can never outlast the call;
* a backoff or rate-limiter wait longer than what is left is not slept (:meth:`Budget.check_wait`);
* an attempt that is still receiving when the budget ends is stopped. Async code cancels the
  attempt (``anyio.fail_after``), which reaches every await inside httpx. Sync code cannot cancel a
  thread, so it checks the clock between body chunks (:class:`BudgetedStream`) and, for a read
  blocked on a socket, a :class:`Watchdog` thread shuts that socket down at the end of the budget.

The watchdog learns the socket from httpx's ``trace`` extension: from the ``connect`` event when
the attempt opens a connection, and from the connection that starts writing the request when it
reuses a kept-alive one (httpx names no socket there before the headers arrive, so a server
trickling its headers would otherwise hold the call). The sync wait for a ``max_concurrency`` slot
is cut by the budget (the limiter's ``slot_timeout``). The async client needs none of this: its
cancel scope covers everything.

Both invokers stop an attempt the same way: the transport error that the stop causes becomes
:class:`CallTimeout`, which says whether the request may have reached the server
(:class:`Exchange` follows the attempt through httpx's trace events), so the shared retry and
error decisions treat it like any other timeout.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import math
import socket
import sys
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any, Final

import attrs
import httpx

__all__ = ["WATCHDOG", "Budget", "BudgetedStream", "CallTimeout", "Exchange", "Watchdog"]

Clock = Callable[[], float]

STOP_GRACE: Final = 0.05
"""Seconds past the budget before an attempt is torn down from outside (watchdog, cancellation).

httpx's own timeouts, cut to the budget, fire first when they can, and they say precisely what
happened (a ``ConnectTimeout`` proves nothing was sent, so a spend can still be reported as not
done); the forced stop is the backstop for a trickling server, so it may come a moment later."""
MIN_PHASE: Final = 0.001
"""The shortest timeout handed to httpx: 0 would mean "do not block" to a socket, not "no time"."""


class CallTimeout(httpx.TimeoutException):
    """The call's time budget ran out during an attempt (or before one could start).

    A subclass of httpx's timeout so the shared retry and error decisions handle it as one;
    ``maybe_sent`` tells them whether the request may have reached the server.
    """

    def __init__(self, budget: float, *, maybe_sent: bool, request: httpx.Request | None = None) -> None:
        self.budget = budget
        self.maybe_sent = maybe_sent
        stage = "after the request may have been sent" if maybe_sent else "before the request was sent"
        super().__init__(f"the call's timeout of {budget:g} s ran out {stage}", request=request)


@attrs.define
class Budget:
    """``seconds`` from the call's start, shared by every attempt, backoff sleep and limiter wait."""

    seconds: float
    clock: Clock = time.monotonic
    ends: float = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.ends = self.clock() + self.seconds

    def remaining(self) -> float:
        return max(0.0, self.ends - self.clock())

    def expired(self) -> bool:
        return self.clock() >= self.ends

    def stop_in(self) -> float:
        """Seconds until a running attempt is stopped from outside (see :data:`STOP_GRACE`)."""
        return max(0.0, self.ends + STOP_GRACE - self.clock())

    def out_of_time(self, *, maybe_sent: bool) -> CallTimeout:
        return CallTimeout(self.seconds, maybe_sent=maybe_sent)

    def attempt_timeout(self, timeout: httpx.Timeout) -> httpx.Timeout:
        """``timeout`` with every part cut to what is left; raises when nothing is left."""
        left = self.remaining()
        if left <= 0:
            raise self.out_of_time(maybe_sent=False)
        floor = MIN_PHASE
        parts = (timeout.connect, timeout.read, timeout.write, timeout.pool)
        connect, read, write, pool = (
            max(floor, left if part is None or part > left else part) for part in parts
        )
        return httpx.Timeout(connect=connect, read=read, write=write, pool=pool)

    def allows(self, delay: float) -> bool:
        """Whether waiting ``delay`` seconds still leaves time for an attempt."""
        return delay < self.remaining()

    def check_wait(self, delay: float) -> float:
        """``delay`` if it fits the budget; otherwise the call stops now, before sending anything."""
        if delay > 0 and not self.allows(delay):
            raise self.out_of_time(maybe_sent=False)
        return delay


_NOT_SENT_EVENTS: Final = ("connection.", "proxy.", "socks.")
"""Prefixes of httpx trace events that happen before any byte of the request is written."""
_SENDING_EVENTS: Final = frozenset(
    {"http11.send_request_headers.started", "http2.send_request_headers.started"}
)
_CONNECTED_EVENTS: Final = frozenset(
    {
        "connection.connect_tcp.complete",
        "connection.connect_unix_socket.complete",
        "connection.start_tls.complete",
    }
)


class Exchange:
    """One attempt on the wire: whether the request may have left, and (sync) the socket to stop.

    Thread-safe between the calling thread and the watchdog: once :meth:`finish` has run (the
    response is complete, or the attempt failed), the watchdog never touches the socket again, as
    the connection may already serve another request from the pool.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._handed_over = False  # the request went to httpx
        self._before_sending: bool | None = None  # None: httpx has not said (no trace events)
        self._socket: socket.socket | None = None
        self._done = False
        self._settled = False  # the request started to be written: later trace events change nothing
        self.interrupted = False

    @property
    def maybe_sent(self) -> bool:
        """False only when the request provably had not started to be written.

        A transport that reports no trace events (a mock, a custom transport) gives no proof, so
        a handed-over request counts as possibly sent: for a spend that means "outcome unknown",
        never a second order.
        """
        return self._handed_over and self._before_sending is not True

    def handed_over(self) -> None:
        self._handed_over = True

    def trace(self, name: str, info: dict[str, Any]) -> None:
        """httpx's sync ``trace`` extension callback: follows the attempt and learns its socket.

        A new connection names its stream in the ``connect`` event. A kept-alive one names none,
        so when the request starts to be written the stream is taken from the connection object
        that is writing it (see :func:`_calling_connection_stream`).
        """
        if self._settled:  # most events of an attempt come after that: return at once
            return
        self._follow(name)
        if name in _CONNECTED_EVENTS:
            self.attach(info.get("return_value"))
        elif name in _SENDING_EVENTS:
            if self._socket is None:
                self.attach(_calling_connection_stream())
            self._settled = True

    async def atrace(self, name: str, info: dict[str, Any]) -> None:
        """httpx's async ``trace`` extension callback (httpx requires a coroutine there).

        Only follows the attempt: the async invoker stops attempts by cancellation, not sockets.
        """
        if self._before_sending is not False:
            self._follow(name)

    def _follow(self, name: str) -> None:
        if name in _SENDING_EVENTS:
            self._before_sending = False
        elif name.startswith(_NOT_SENT_EVENTS) and self._before_sending is None:
            self._before_sending = True

    def attach(self, network_stream: object) -> None:
        """Remember the socket under ``network_stream`` (an httpcore stream), for :meth:`interrupt`."""
        get_extra_info = getattr(network_stream, "get_extra_info", None)
        sock = get_extra_info("socket") if callable(get_extra_info) else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            if self._done:
                return
            self._socket = sock
            if self.interrupted:
                _shut_down(sock)

    def interrupt(self) -> None:
        """The budget ended (watchdog thread): wake a read blocked on this attempt's socket."""
        with self._lock:
            if self._done:
                return
            self.interrupted = True
            if self._socket is not None:
                _shut_down(self._socket)

    def finish(self) -> None:
        with self._lock:
            self._done = True
            self._socket = None


_CONNECTION_FRAMES: Final = 6
"""How far up the stack a trace callback looks for the connection that called it (httpcore 1.0:
callback <- ``Trace.trace`` <- ``Trace.__enter__`` <- ``HTTP11Connection.handle_request``)."""


def _calling_connection_stream() -> object | None:
    """The network stream of the httpcore connection whose ``handle_request`` is tracing now.

    httpcore emits ``send_request_headers`` from inside the connection (HTTP/1.1 or HTTP/2) that
    serves the request, in the calling thread, and that connection holds its stream as
    ``_network_stream``. Only HTTP/1.1 connections qualify: an HTTP/2 connection multiplexes other
    calls' requests over the same socket, which must not be shut down for one of them. It is the one private detail the sync budget relies on, so it is read
    defensively: only from an object of httpcore's own modules, and only if the value offers
    ``get_extra_info``; if a future httpcore moves it, :class:`Exchange` simply learns no socket
    and a trickled header falls back to the per-read timeout (``test_call_timeout`` would say so).
    """
    frame = sys._getframe(1)
    for _ in range(_CONNECTION_FRAMES):
        frame_back = frame.f_back
        if frame_back is None:
            return None
        frame = frame_back
        owner = frame.f_locals.get("self")
        if (
            type(owner).__name__ == "HTTP11Connection"
            and type(owner).__module__.partition(".")[0] == "httpcore"
        ):
            stream = getattr(owner, "_network_stream", None)
            if callable(getattr(stream, "get_extra_info", None)):
                return stream
    return None


def _shut_down(sock: socket.socket) -> None:
    """Make a blocked ``recv`` on ``sock`` return at once (closing it from another thread would not).

    ``socket.socket.shutdown`` is called directly so a TLS socket is shut down at the TCP level
    without ``SSLSocket.shutdown`` dropping its TLS state under the reading thread.
    """
    with contextlib.suppress(OSError):  # already closed or reset: the reader wakes up anyway
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


class BudgetedStream(httpx.SyncByteStream):
    """A response body that stops when the budget ends, and releases its attempt before the connection.

    The clock is checked between chunks, which bounds a trickle even where the watchdog has no
    socket (any transport); :meth:`close` ends the :class:`Exchange` *before* the connection goes
    back to the pool, so the watchdog cannot shut down a socket another request now uses.
    """

    def __init__(self, stream: httpx.SyncByteStream, budget: Budget, exchange: Exchange) -> None:
        self._stream = stream
        self._budget = budget
        self._exchange = exchange

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            if self._budget.expired():
                raise self._budget.out_of_time(maybe_sent=True)
            yield chunk

    def close(self) -> None:
        self._exchange.finish()
        self._stream.close()


@attrs.define(order=True)
class _Alarm:
    at: float
    sequence: int
    exchange: Exchange = attrs.field(order=False)
    cancelled: bool = attrs.field(default=False, order=False)


class Watchdog:
    """One daemon thread that interrupts sync attempts whose budget ended (see the module docstring).

    One thread for the process, not one per call: a fleet job makes thousands of calls, and
    arming and disarming an alarm is a heap operation under a lock.
    """

    def __init__(self, clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._condition = threading.Condition()
        self._alarms: list[_Alarm] = []
        self._sequence = itertools.count()
        self._thread: threading.Thread | None = None
        self._wakes_at = math.inf
        """When the waiting thread looks at the alarms next (infinity: not before a notify)."""
        self._latest = -math.inf
        """The latest instant any alarm was armed for, disarmed or not."""

    def arm(self, exchange: Exchange, after: float) -> _Alarm:
        """Interrupt ``exchange`` in ``after`` seconds unless :meth:`disarm` comes first.

        The thread is woken only when the new alarm is due before it would look anyway. It keeps
        sleeping until the latest alarm armed so far, even once that one is disarmed, so calls one
        after the other (each arming an alarm further out, and disarming it long before it is due)
        arm without waking it: a wake-up per call cost more than the rest of the bookkeeping.
        """
        alarm = _Alarm(self._clock() + after, next(self._sequence), exchange)
        with self._condition:
            heapq.heappush(self._alarms, alarm)
            self._latest = max(self._latest, alarm.at)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="linksfield-watchdog", daemon=True)
                self._thread.start()
            if alarm.at < self._wakes_at:
                self._condition.notify()
        return alarm

    def disarm(self, alarm: _Alarm) -> None:
        with self._condition:
            alarm.cancelled = True
            while self._alarms and self._alarms[0].cancelled:
                heapq.heappop(self._alarms)

    def _run(self) -> None:
        while True:
            with self._condition:
                while self._alarms and self._alarms[0].cancelled:
                    heapq.heappop(self._alarms)
                if not self._alarms:
                    # Until the latest alarm would have been due (see ``arm``), then until notified.
                    idle = self._latest - self._clock()
                    self._wakes_at = self._latest if idle > 0 else math.inf
                    self._condition.wait(idle if idle > 0 else None)
                    continue
                wait = self._alarms[0].at - self._clock()
                if wait > 0:
                    self._wakes_at = self._alarms[0].at
                    self._condition.wait(wait)
                    continue
                due = heapq.heappop(self._alarms)
            due.exchange.interrupt()


WATCHDOG: Final = Watchdog()
