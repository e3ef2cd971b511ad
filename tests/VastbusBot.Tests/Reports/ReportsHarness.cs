using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using VastbusBot.Features.Organisation;
using VastbusBot.Features.Records;
using VastbusBot.Features.Records.Deviations;
using VastbusBot.Features.Records.Meetings;
using VastbusBot.Features.Reminders;
using VastbusBot.Features.Reports;
using VastbusBot.Features.Reports.Integration;
using VastbusBot.Storage;
using VastbusBot.Testing;
using VastbusBot.Tests.Records;

namespace VastbusBot.Tests.Reports;

/// <summary>
/// The records layer and the report integration as <c>AddReports</c> wires them, on the shared Azurite with a table
/// prefix of its own and a fake clock (10 February 2026 in Stockholm, so records of 2025 can be logged).
/// </summary>
internal sealed class ReportsHarness : IAsyncDisposable
{
    public const string Tenant = RecordsHarness.TenantA;
    public const string BaseUrl = "https://bot.example.test";

    private readonly ServiceProvider _provider;

    private ReportsHarness(ServiceProvider provider, FakeTimeProvider time)
    {
        _provider = provider;
        Time = time;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _provider;

    public IOrganisationRegistry Registry => _provider.GetRequiredService<IOrganisationRegistry>();

    public IMeetingService Meetings => _provider.GetRequiredService<IMeetingService>();

    public IDeviationService Deviations => _provider.GetRequiredService<IDeviationService>();

    public ISubmittedReportStore Store => _provider.GetRequiredService<ISubmittedReportStore>();

    public IReportObligations Obligations => _provider.GetRequiredService<IReportObligations>();

    public ReportWorkflow Workflow => _provider.GetRequiredService<ReportWorkflow>();

    public ReportDownloads Downloads => _provider.GetRequiredService<ReportDownloads>();

    public static Actor Admin => RecordsHarness.AdminOfA;

    public static ReportsHarness Create(AzuriteFixture azurite)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                [$"Organisation:Admins:{Tenant}:0"] = RecordsHarness.AdminA,
                ["Reports:PublicBaseUrl"] = BaseUrl,
                ["Reports:DownloadSigningKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            })
            .Build();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 2, 10, 9, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IDeviationNotifier>(new RecordingNotifier());
        services.Configure<StorageOptions>(o =>
        {
            o.ConnectionString = azurite.ConnectionString;
            o.TablePrefix = RecordsHarness.NewPrefix();
        });
        services.AddReports(configuration);
        return new ReportsHarness(services.BuildServiceProvider(), time);
    }

    public static Actor User(int n, string? name = null) => RecordsHarness.User(Tenant, n, name);

    public async Task SetUpGroupAsync(string groupId, Actor? chair, params Actor[] members)
    {
        if (chair is not null)
        {
            Assert.IsType<ServiceResult<GroupMember>.Success>(await Registry.AssignChairAsync(Admin, groupId, RecordsHarness.FormFor(chair), CancellationToken.None));
        }

        foreach (var member in members)
        {
            Assert.IsType<ServiceResult<GroupMember>.Success>(await Registry.AddMemberAsync(Admin, groupId, RecordsHarness.FormFor(member), CancellationToken.None));
        }
    }

    public async Task MakeCoordinatorAsync(string areaId, Actor coordinator) =>
        Assert.IsType<ServiceResult<Coordinator>.Success>(await Registry.AssignCoordinatorAsync(Admin, areaId, RecordsHarness.FormFor(coordinator), CancellationToken.None));

    public async Task<Meeting> LogMeetingAsync(Actor actor, string groupId, string date, params string[] trainings) =>
        Assert.IsType<ServiceResult<Meeting>.Success>(await Meetings.LogAsync(
            actor, groupId, RecordsHarness.Submission(), Records.MeetingValidatorTests.ValidForm(date) with { Trainings = trainings }, CancellationToken.None)).Value;

    public async Task<Deviation> ReportDeviationAsync(Actor reporter, string groupId, string date, string category = "called-party-absent") =>
        Assert.IsType<ServiceResult<Deviation>.Success>(await Deviations.ReportAsync(
            reporter, groupId, RecordsHarness.Submission(), Records.DeviationValidatorTests.ValidForm(category) with { Date = date }, CancellationToken.None)).Value;

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
