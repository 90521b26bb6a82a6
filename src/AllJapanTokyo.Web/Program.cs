using AllJapanTokyo.Web.Startup;
using Serilog;

// Bootstrap logger: start-up failures are logged even before configuration is read.
Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(args);
    builder.AddPortalLogging();
    builder.Services.AddPortal(builder.Configuration, builder.Environment);

    var app = builder.Build();
    PortalHosting.EnsureConfigured(app.Configuration, app.Environment);
    await app.InitializeDatabaseAsync();
    app.UsePortal();
    await app.RunAsync();
}
catch (Exception exception) when (exception is not HostAbortedException)
{
    Log.Fatal(exception, "The portal stopped because of an unhandled exception");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point, public for WebApplicationFactory in the functional tests.</summary>
public partial class Program;
