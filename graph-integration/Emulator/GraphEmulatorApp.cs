using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace VastbusBot.GraphEmulator;

/// <summary>
/// Builds the emulator. Command line (or configuration) keys: <c>--port</c> (default 5980, 0 for any free port),
/// <c>--seed</c> (a seed file; default seed.development.json beside the app, <c>none</c> for an empty tenant).
/// </summary>
internal static class GraphEmulatorApp
{
    public const int DefaultPort = 5980;
    public const string DefaultSeedFile = "seed.development.json";
    private const string TransactionItem = "emulator.transactionId";

    // Graph matches property names without case, and the SDK sends action parameters in PascalCase ("Schedules").
    private static readonly JsonNodeOptions CaseInsensitive = new() { PropertyNameCaseInsensitive = true };

    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        var port = builder.Configuration.GetValue("port", DefaultPort);
        // Kestrel cannot pick a free port for "localhost" (two addresses), so port 0 binds IPv4 loopback only.
        builder.WebHost.UseUrls(port == 0 ? "http://127.0.0.1:0" : string.Create(CultureInfo.InvariantCulture, $"http://localhost:{port}"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<EmulatorState>();
        builder.Services.AddSingleton<FaultInjector>();
        builder.Services.AddSingleton<RequestJournal>();
        configure?.Invoke(builder);

        var app = builder.Build();
        var seedFile = ResolveSeedFile(builder.Configuration["seed"]);
        var state = app.Services.GetRequiredService<EmulatorState>();
        state.Load(seedFile is null ? new EmulatorSeed() : EmulatorSeed.Load(seedFile));

        app.Use(FaultsAndJournalAsync);
        MapControl(app.MapGroup("/_emulator"), seedFile);
        MapGraph(app.MapGroup("/v1.0"));
        return app;
    }

    /// <summary>The seed file to load, or null for an empty tenant.</summary>
    internal static string? ResolveSeedFile(string? configured)
    {
        if (string.Equals(configured, "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(configured))
        {
            // `dotnet run --project` runs the app in the project folder, so say where a relative path was looked for.
            var full = Path.GetFullPath(configured);
            return File.Exists(full) ? full : throw new FileNotFoundException($"Seed file '{full}' not found (relative paths are resolved from {Environment.CurrentDirectory}).", full);
        }

        var bundled = Path.Combine(AppContext.BaseDirectory, DefaultSeedFile);
        return File.Exists(bundled) ? bundled : null;
    }

    /// <summary>Records every Graph call and answers planned faults (see <see cref="FaultInjector"/>).</summary>
    private static async Task FaultsAndJournalAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        if (!path.StartsWith("/v1.0", StringComparison.OrdinalIgnoreCase))
        {
            await next(context);
            return;
        }

        var services = context.RequestServices;
        var receivedAt = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var faults = services.GetRequiredService<FaultInjector>();
        var method = context.Request.Method;
        var fault = HeaderFault(context.Request) ?? faults.Take(method, path);
        if (fault is { AfterProcessing: true })
        {
            // Let the call take effect, then throw its answer away and fail instead.
            var original = context.Response.Body;
            context.Response.Body = Stream.Null;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }

            context.Response.Clear();
        }
        else if (fault is null)
        {
            await next(context);
        }

        if (fault is not null)
        {
            await WriteFaultAsync(context, fault);
        }

        var retryAttempt = int.TryParse(context.Request.Headers["Retry-Attempt"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var attempt) ? attempt : (int?)null;
        var authorization = context.Request.Headers.Authorization.ToString().Split(' ', 2)[0];
        services.GetRequiredService<RequestJournal>().Add(new RecordedRequest(
            receivedAt,
            method,
            Uri.UnescapeDataString(path),
            retryAttempt,
            authorization.Length == 0 ? null : authorization,
            context.Items[TransactionItem] as string,
            context.Response.StatusCode));
    }

    /// <summary>A fault asked for by the call itself: <c>X-Emulator-Fault: 503</c>, optionally <c>X-Emulator-Retry-After: 2</c>.</summary>
    private static FaultRule? HeaderFault(HttpRequest request) =>
        int.TryParse(request.Headers["X-Emulator-Fault"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var status)
            ? new FaultRule(status, RetryAfterSeconds: int.TryParse(request.Headers["X-Emulator-Retry-After"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds) ? seconds : null)
            : null;

    private static async Task WriteFaultAsync(HttpContext context, FaultRule fault)
    {
        context.Response.StatusCode = fault.Status;
        if (fault.RetryAfterSeconds is { } seconds)
        {
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        var code = fault.Status switch
        {
            429 => "TooManyRequests",
            503 => "ServiceNotAvailable",
            504 => "GatewayTimeout",
            _ => "EmulatedFault",
        };
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(
            new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = $"Emulated {fault.Status} from the Graph emulator." } }.ToJsonString());
    }

    private static void MapControl(RouteGroupBuilder control, string? seedFile)
    {
        control.MapGet("/health", () => Results.Json(new JsonObject { ["status"] = "ok" }));
        control.MapPost("/faults", (FaultRule rule, FaultInjector faults) =>
        {
            if (rule.Count < 1 || rule.Status is < 400 or > 599)
            {
                return GraphJson.Error(400, "InvalidFault", "status must be 400–599 and count at least 1.");
            }

            faults.Add(rule);
            return Results.Json(new JsonObject { ["pending"] = faults.Pending }, statusCode: 201);
        });
        control.MapDelete("/faults", (FaultInjector faults) =>
        {
            faults.Clear();
            return Results.NoContent();
        });
        control.MapGet("/requests", (RequestJournal journal) => Results.Json(journal.All, EmulatorSeed.Json));
        control.MapDelete("/requests", (RequestJournal journal) =>
        {
            journal.Clear();
            return Results.NoContent();
        });
        control.MapGet("/events", (EmulatorState state) => Results.Json(state.AllEvents, EmulatorSeed.Json));
        control.MapPost("/seed", async (HttpRequest request, EmulatorState state) =>
        {
            var seed = await JsonSerializer.DeserializeAsync<EmulatorSeed>(request.Body, EmulatorSeed.Json, request.HttpContext.RequestAborted);
            if (seed is null)
            {
                return GraphJson.Error(400, "InvalidSeed", "The body must be a seed object.");
            }

            state.Load(seed);
            return Results.NoContent();
        });
        control.MapPost("/reset", (EmulatorState state, FaultInjector faults, RequestJournal journal) =>
        {
            state.Load(seedFile is null ? new EmulatorSeed() : EmulatorSeed.Load(seedFile));
            faults.Clear();
            journal.Clear();
            return Results.NoContent();
        });
    }

    private static void MapGraph(RouteGroupBuilder graph)
    {
        graph.MapGet("/users", (EmulatorState state) =>
            Results.Json(new JsonObject { ["value"] = new JsonArray([.. state.Users.Select(u => (JsonNode)GraphJson.User(u))]) }));
        graph.MapGet("/users/{user}", (string user, EmulatorState state) =>
            state.FindUser(user) is { } found ? Results.Json(GraphJson.User(found)) : UserNotFound(user));

        graph.MapPost("/users/{user}/calendar/getSchedule", GetScheduleAsync);
        foreach (var events in new[] { "/users/{user}/events", "/users/{user}/calendar/events" })
        {
            graph.MapGet(events, (string user, HttpRequest request, EmulatorState state) =>
            {
                if (state.FindUser(user) is not { } owner)
                {
                    return UserNotFound(user);
                }

                var zone = GraphJson.PreferredZone(request);
                var items = state.EventsOf(owner).Select(e => (JsonNode)EventJson(e, owner, zone, request, state));
                return Results.Json(new JsonObject { ["value"] = new JsonArray([.. items]) });
            });
            graph.MapPost(events, CreateEventAsync);
        }

        graph.MapGet("/users/{user}/events/{id}", (string user, string id, HttpRequest request, EmulatorState state) =>
            WithEvent(user, id, state, (owner, found) => Results.Json(EventJson(found, owner, GraphJson.PreferredZone(request), request, state))));
        graph.MapMethods("/users/{user}/events/{id}", ["PATCH"], UpdateEventAsync);
        graph.MapDelete("/users/{user}/events/{id}", (string user, string id, EmulatorState state) =>
            state.FindUser(user) is not { } owner ? UserNotFound(user)
            : state.Delete(owner, id) ? Results.NoContent()
            : EventNotFound());
        graph.MapPost("/users/{user}/events/{id}/cancel", CancelEventAsync);
    }

    private static async Task<IResult> GetScheduleAsync(string user, HttpRequest request, EmulatorState state)
    {
        if (state.FindUser(user) is null)
        {
            return UserNotFound(user);
        }

        JsonNode? body;
        DateTimeOffset start, end;
        int interval;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, CaseInsensitive, cancellationToken: request.HttpContext.RequestAborted);
            (start, _) = GraphJson.ReadDateTimeTimeZone(body?["startTime"], "startTime");
            (end, _) = GraphJson.ReadDateTimeTimeZone(body?["endTime"], "endTime");
            interval = body?["availabilityViewInterval"]?.GetValue<int>() ?? 30;
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return GraphJson.Error(400, "ErrorInvalidRequest", exception.Message);
        }

        if (end <= start || interval is < 5 or > 1440 || end - start > TimeSpan.FromDays(62))
        {
            return GraphJson.Error(400, "ErrorInvalidTimeInterval", "endTime must follow startTime by at most 62 days; availabilityViewInterval must be 5–1440.");
        }

        var zone = GraphJson.PreferredZone(request);
        var schedules = body?["schedules"]?.AsArray().Select(n => n?.GetValue<string>() ?? string.Empty) ?? [];
        var value = new JsonArray();
        foreach (var scheduleId in schedules)
        {
            if (state.FindUser(scheduleId) is not { } owner)
            {
                value.Add(new JsonObject
                {
                    ["scheduleId"] = scheduleId,
                    ["error"] = new JsonObject { ["message"] = $"No mailbox was found for {scheduleId}.", ["responseCode"] = "ErrorMailRecipientNotFound" },
                });
                continue;
            }

            var items = state.FreeBusy(owner, start, end);
            value.Add(new JsonObject
            {
                ["scheduleId"] = scheduleId,
                ["availabilityView"] = AvailabilityView(items, start, end, TimeSpan.FromMinutes(interval)),
                ["scheduleItems"] = new JsonArray([.. items.Select(i => (JsonNode)new JsonObject
                {
                    ["isPrivate"] = false,
                    ["status"] = i.Status,
                    ["subject"] = i.Subject,
                    ["location"] = i.Location,
                    ["start"] = GraphJson.DateTimeTimeZone(i.Start, zone),
                    ["end"] = GraphJson.DateTimeTimeZone(i.End, zone),
                })]),
            });
        }

        return Results.Json(new JsonObject { ["value"] = value });
    }

    /// <summary>Graph's availabilityView: one digit per interval (0 free, 1 tentative, 2 busy, 3 oof, 4 working elsewhere).</summary>
    internal static string AvailabilityView(IReadOnlyList<FreeBusyItem> items, DateTimeOffset start, DateTimeOffset end, TimeSpan interval)
    {
        var view = new System.Text.StringBuilder();
        for (var from = start; from < end; from += interval)
        {
            var to = from + interval;
            var overlapping = items.Where(i => i.Start < to && from < i.End).Select(i => i.Status).ToList();
            view.Append(
                overlapping.Contains("oof") ? '3'
                : overlapping.Contains("busy") ? '2'
                : overlapping.Contains("tentative") ? '1'
                : overlapping.Contains("workingElsewhere") ? '4'
                : '0');
        }

        return view.ToString();
    }

    private static async Task<IResult> CreateEventAsync(string user, HttpRequest request, EmulatorState state)
    {
        if (state.FindUser(user) is not { } organizer)
        {
            return UserNotFound(user);
        }

        JsonNode body;
        DateTimeOffset start, end;
        string zoneName;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, CaseInsensitive, cancellationToken: request.HttpContext.RequestAborted) ?? throw new FormatException("The body is empty.");
            (start, zoneName) = GraphJson.ReadDateTimeTimeZone(body["start"], "start");
            (end, _) = GraphJson.ReadDateTimeTimeZone(body["end"], "end");
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return GraphJson.Error(400, "ErrorInvalidRequest", exception.Message);
        }

        if (end <= start)
        {
            return GraphJson.Error(400, "ErrorInvalidRequest", "The event must end after it starts.");
        }

        var transactionId = body["transactionId"]?.GetValue<string>();
        request.HttpContext.Items[TransactionItem] = transactionId;
        var online = body["isOnlineMeeting"]?.GetValue<bool>() ?? false;
        var (created, _) = state.Create(organizer, (id, now) => new EmulatedEvent
        {
            Id = id,
            OrganizerId = organizer.Id,
            Subject = body["subject"]?.GetValue<string>(),
            BodyContentType = body["body"]?["contentType"]?.GetValue<string>() ?? "html",
            BodyContent = body["body"]?["content"]?.GetValue<string>(),
            Start = start,
            End = end,
            TimeZone = zoneName,
            Location = body["location"]?["displayName"]?.GetValue<string>(),
            Attendees = ReadAttendees(body["attendees"]),
            IsOnlineMeeting = online,
            OnlineMeetingProvider = online ? body["onlineMeetingProvider"]?.GetValue<string>() ?? "teamsForBusiness" : null,
            JoinUrl = online ? $"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{Guid.NewGuid():N}%40thread.v2/0" : null,
            TransactionId = transactionId,
            ShowAs = body["showAs"]?.GetValue<string>() ?? "busy",
            Created = now,
            LastModified = now,
        }, transactionId);
        return Results.Json(EventJson(created, organizer, GraphJson.PreferredZone(request), request, state), statusCode: 201);
    }

    private static async Task<IResult> UpdateEventAsync(string user, string id, HttpRequest request, EmulatorState state)
    {
        if (state.FindUser(user) is not { } owner)
        {
            return UserNotFound(user);
        }

        if (state.Find(owner, id) is not { } found)
        {
            return EventNotFound();
        }

        if (found.OrganizerId != owner.Id)
        {
            return GraphJson.Error(400, "ErrorInvalidRequest", "Only the organizer can change the meeting.");
        }

        JsonNode body;
        (DateTimeOffset Instant, string Zone)? start = null, end = null;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, CaseInsensitive, cancellationToken: request.HttpContext.RequestAborted) ?? throw new FormatException("The body is empty.");
            if (body["start"] is not null)
            {
                start = GraphJson.ReadDateTimeTimeZone(body["start"], "start");
            }

            if (body["end"] is not null)
            {
                end = GraphJson.ReadDateTimeTimeZone(body["end"], "end");
            }
        }
        catch (Exception exception) when (exception is JsonException or FormatException or InvalidOperationException)
        {
            return GraphJson.Error(400, "ErrorInvalidRequest", exception.Message);
        }

        if ((end?.Instant ?? found.End) <= (start?.Instant ?? found.Start))
        {
            return GraphJson.Error(400, "ErrorInvalidRequest", "The event must end after it starts.");
        }

        state.Update(found, e =>
        {
            if (start is { } s)
            {
                e.Start = s.Instant;
                e.TimeZone = s.Zone;
            }

            if (end is { } en)
            {
                e.End = en.Instant;
            }

            if (body["subject"] is { } subject)
            {
                e.Subject = subject.GetValue<string>();
            }

            if (body["location"]?["displayName"] is { } location)
            {
                e.Location = location.GetValue<string>();
            }

            if (body["attendees"] is { } attendees)
            {
                e.Attendees = ReadAttendees(attendees);
            }
        });
        return Results.Json(EventJson(found, owner, GraphJson.PreferredZone(request), request, state));
    }

    private static async Task<IResult> CancelEventAsync(string user, string id, HttpRequest request, EmulatorState state)
    {
        if (state.FindUser(user) is not { } owner)
        {
            return UserNotFound(user);
        }

        if (state.Find(owner, id) is not { } found)
        {
            return EventNotFound();
        }

        if (found.OrganizerId != owner.Id)
        {
            return GraphJson.Error(400, "ErrorInvalidRequest", "Your request can't be completed. You need to be an organizer to cancel a meeting.");
        }

        string? comment;
        try
        {
            var body = await JsonNode.ParseAsync(request.Body, CaseInsensitive, cancellationToken: request.HttpContext.RequestAborted);
            comment = body?["comment"]?.GetValue<string>();
        }
        catch (JsonException exception)
        {
            return GraphJson.Error(400, "ErrorInvalidRequest", exception.Message);
        }

        state.Update(found, e =>
        {
            e.IsCancelled = true;
            e.CancellationComment = comment;
        });
        return Results.Accepted();
    }

    private static List<EmulatedAttendee> ReadAttendees(JsonNode? attendees) =>
        attendees is JsonArray array
            ? [.. array.Where(a => a?["emailAddress"]?["address"] is not null).Select(a => new EmulatedAttendee(
                a!["emailAddress"]!["address"]!.GetValue<string>(),
                a["emailAddress"]?["name"]?.GetValue<string>(),
                a["type"]?.GetValue<string>() ?? "required"))]
            : [];

    private static JsonObject EventJson(EmulatedEvent e, EmulatedUser viewer, TimeZoneInfo zone, HttpRequest request, EmulatorState state)
    {
        var organizer = state.Users.FirstOrDefault(u => u.Id == e.OrganizerId) ?? viewer;
        return GraphJson.Event(e, organizer, organizer.Id == viewer.Id, zone, $"{request.Scheme}://{request.Host}");
    }

    private static IResult WithEvent(string user, string id, EmulatorState state, Func<EmulatedUser, EmulatedEvent, IResult> then) =>
        state.FindUser(user) is not { } owner ? UserNotFound(user)
        : state.Find(owner, id) is not { } found ? EventNotFound()
        : then(owner, found);

    private static IResult UserNotFound(string user) =>
        GraphJson.Error(404, "ErrorInvalidUser", $"The requested user '{user}' is invalid.");

    private static IResult EventNotFound() =>
        GraphJson.Error(404, "ErrorItemNotFound", "The specified object was not found in the store.");
}
