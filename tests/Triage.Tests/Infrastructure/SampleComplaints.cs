using System.Text.Json.Nodes;

namespace Triage.Tests.Infrastructure;

// Wire-format complaints for tests, as JSON so that any field can be broken on purpose.
public static class SampleComplaints
{
    public const string Phone = "13800138000";
    public const string IdNumber = "11010119900307803X";
    public const string RepresentativePhone = "13900000000";

    public static JsonObject Valid(string? externalId = null) => new()
    {
        ["externalId"] = externalId ?? $"test-{Guid.NewGuid():N}",
        ["channel"] = "regulator",
        ["receivedAt"] = "2026-11-20T09:13:00+08:00",
        ["complainant"] = new JsonObject
        {
            ["name"] = "张三",
            ["phone"] = Phone,
            ["idNumber"] = IdNumber,
            ["customerId"] = "C10023",
            ["email"] = "zhangsan@example.cn",
        },
        ["representative"] = new JsonObject
        {
            ["name"] = "李四",
            ["phone"] = RepresentativePhone,
            ["organization"] = "某某法务咨询",
            ["relation"] = "agent",
        },
        ["product"] = "cash-loan",
        ["category"] = "collection",
        ["text"] = $"催收人员多次给我家人打电话,我的手机号是{Phone},身份证{IdNumber},请核实处理。",
        ["origin"] = new JsonObject { ["ip"] = "36.112.4.9", ["deviceId"] = "dev-7c1f2e823be5219e" },
    };

    public static JsonObject Minimal() => new()
    {
        ["channel"] = "app",
        ["receivedAt"] = "2026-11-20T09:13:00Z",
        ["complainant"] = new JsonObject { ["name"] = "王五" },
        ["text"] = "扣款两次,请退回。",
    };
}
