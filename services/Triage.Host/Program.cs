using Triage.Intake;
using Triage.Messaging;
using Triage.ServiceDefaults;
using Triage.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddStorage();
builder.AddTriageBus();
builder.AddIntake();

var app = builder.Build();

app.UseServiceDefaults();
app.MapComplaintsApi();
app.MapOutboxApi();

app.Run();

public partial class Program;
