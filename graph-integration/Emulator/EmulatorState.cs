using System.Security.Cryptography;
using System.Text;

namespace VastbusBot.GraphEmulator;

/// <summary>The emulated tenant: users and calendars, in memory, guarded by one lock (the emulator is tiny).</summary>
internal sealed class EmulatorState(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly List<EmulatedUser> _users = [];
    private readonly Dictionary<string, EmulatedEvent> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<(string OrganizerId, string TransactionId), string> _transactions = [];
    private readonly List<WeeklyBusy> _weekly = [];
    private TimeZoneInfo _seedZone = TimeZoneInfo.Utc;

    public TimeZoneInfo SeedZone
    {
        get
        {
            lock (_gate)
            {
                return _seedZone;
            }
        }
    }

    /// <summary>Replaces everything with <paramref name="seed"/>.</summary>
    public void Load(EmulatorSeed seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        lock (_gate)
        {
            _users.Clear();
            _events.Clear();
            _transactions.Clear();
            _weekly.Clear();
            _seedZone = TimeZoneInfo.FindSystemTimeZoneById(seed.TimeZone);
            foreach (var user in seed.Users)
            {
                var upn = string.IsNullOrWhiteSpace(user.UserPrincipalName) ? user.Mail : user.UserPrincipalName;
                _users.Add(new EmulatedUser(user.Id ?? StableId(user.Mail), user.DisplayName, user.Mail, upn));
            }

            foreach (var seeded in seed.Events)
            {
                var organizer = FindUserLocked(seeded.Organizer)
                    ?? throw new InvalidDataException($"Seed event organizer '{seeded.Organizer}' is not a seed user.");
                var now = time.GetUtcNow();
                var id = NewEventId();
                _events[id] = new EmulatedEvent
                {
                    Id = id,
                    OrganizerId = organizer.Id,
                    Subject = seeded.Subject,
                    Start = seeded.Start,
                    End = seeded.End,
                    ShowAs = seeded.ShowAs,
                    Attendees = [.. seeded.Attendees.Select(a => new EmulatedAttendee(a, null, "required"))],
                    Created = now,
                    LastModified = now,
                };
            }

            foreach (var block in seed.WeeklyBusy)
            {
                var user = FindUserLocked(block.User) ?? throw new InvalidDataException($"Weekly busy user '{block.User}' is not a seed user.");
                _weekly.Add(new WeeklyBusy(user.Id, block.Days.ToHashSet(), EmulatorSeed.ParseTime(block.Start), EmulatorSeed.ParseTime(block.End), block.Subject, block.ShowAs));
            }
        }
    }

    public IReadOnlyList<EmulatedUser> Users
    {
        get
        {
            lock (_gate)
            {
                return [.. _users];
            }
        }
    }

    public EmulatedUser? FindUser(string idOrAddress)
    {
        lock (_gate)
        {
            return FindUserLocked(idOrAddress);
        }
    }

    /// <summary>Every event, cancelled ones included (for tests and the control API).</summary>
    public IReadOnlyList<EmulatedEvent> AllEvents
    {
        get
        {
            lock (_gate)
            {
                return [.. _events.Values.OrderBy(e => e.Created)];
            }
        }
    }

    /// <summary>Events in <paramref name="user"/>'s calendar: organized (not cancelled) or invited to.</summary>
    public IReadOnlyList<EmulatedEvent> EventsOf(EmulatedUser user)
    {
        lock (_gate)
        {
            return [.. _events.Values.Where(e => e.Involves(user) && !(e.IsCancelled && e.OrganizerId == user.Id)).OrderBy(e => e.Start)];
        }
    }

    /// <summary>
    /// Adds the event unless the organizer already has one with the same transaction id, in which case that one is
    /// returned untouched (Graph's duplicate protection for retried creates).
    /// </summary>
    public (EmulatedEvent Event, bool Created) Create(EmulatedUser organizer, Func<string, DateTimeOffset, EmulatedEvent> build, string? transactionId)
    {
        lock (_gate)
        {
            if (!string.IsNullOrEmpty(transactionId) && _transactions.TryGetValue((organizer.Id, transactionId), out var existingId))
            {
                return (_events[existingId], false);
            }

            var created = build(NewEventId(), time.GetUtcNow());
            _events[created.Id] = created;
            if (!string.IsNullOrEmpty(transactionId))
            {
                _transactions[(organizer.Id, transactionId)] = created.Id;
            }

            return (created, true);
        }
    }

    /// <summary>The event as <paramref name="user"/> sees it; null when unknown, not theirs, or cancelled by them as organizer.</summary>
    public EmulatedEvent? Find(EmulatedUser user, string eventId)
    {
        lock (_gate)
        {
            return _events.TryGetValue(eventId, out var found) && found.Involves(user) && !(found.IsCancelled && found.OrganizerId == user.Id)
                ? found
                : null;
        }
    }

    /// <summary>Runs <paramref name="change"/> on an event under the lock.</summary>
    public void Update(EmulatedEvent target, Action<EmulatedEvent> change)
    {
        lock (_gate)
        {
            change(target);
            target.LastModified = time.GetUtcNow();
        }
    }

    public bool Delete(EmulatedUser user, string eventId)
    {
        lock (_gate)
        {
            return _events.TryGetValue(eventId, out var found) && found.OrganizerId == user.Id && _events.Remove(eventId);
        }
    }

    /// <summary>Free/busy items of <paramref name="user"/> overlapping [start, end): events and expanded weekly blocks.</summary>
    public IReadOnlyList<FreeBusyItem> FreeBusy(EmulatedUser user, DateTimeOffset start, DateTimeOffset end)
    {
        lock (_gate)
        {
            var items = _events.Values
                .Where(e => !e.IsCancelled && e.Involves(user) && e.Start < end && start < e.End)
                .Select(e => new FreeBusyItem(e.Start, e.End, e.OrganizerId == user.Id ? e.ShowAs : "tentative", e.Subject, e.Location))
                .ToList();
            var firstDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(start, _seedZone).Date).AddDays(-1);
            var lastDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(end, _seedZone).Date);
            foreach (var block in _weekly.Where(b => b.UserId == user.Id))
            {
                for (var day = firstDay; day <= lastDay; day = day.AddDays(1))
                {
                    if (!block.Days.Contains(day.DayOfWeek))
                    {
                        continue;
                    }

                    var blockStart = Local(day, block.Start);
                    var blockEnd = Local(day, block.End);
                    if (blockStart < end && start < blockEnd)
                    {
                        items.Add(new FreeBusyItem(blockStart, blockEnd, block.ShowAs, block.Subject, null));
                    }
                }
            }

            return [.. items.OrderBy(i => i.Start)];
        }
    }

    private DateTimeOffset Local(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _seedZone.GetUtcOffset(local));
    }

    private EmulatedUser? FindUserLocked(string idOrAddress) => _users.FirstOrDefault(u => u.Matches(idOrAddress));

    private static string NewEventId() => "AAMkEmu" + Guid.NewGuid().ToString("N");

    private static string StableId(string address) =>
        new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(address.ToUpperInvariant())).AsSpan(0, 16)).ToString();
}
