using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivilAffairs.Platform.Http;

/// <summary>Turns our exceptions into RFC 9457 problem details with Chinese titles.</summary>
internal sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            FieldValidationException v => new HttpValidationProblemDetails(v.Errors.ToDictionary(e => e.Key, e => e.Value))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "输入有误",
                Detail = v.Message,
            },
            ForbiddenException f => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "无权操作", Detail = f.Message },
            NotFoundException n => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "未找到", Detail = n.Message },
            BusinessRuleException b => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "业务规则不允许", Detail = b.Message, Type = b.ProblemType },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "记录已被他人修改",
                Detail = "该记录在您编辑期间已被修改，请刷新后重试",
            },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = "请求格式有误", Detail = bad.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }
        context.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }
}
