<#
  Configuration Manager: run wutk on a collection with "Run Script" (Software Library > Scripts), or as the command
  line of a package program: powershell.exe -ExecutionPolicy Bypass -NoProfile -File Invoke-Wutk.ps1 -Share \\server\wutk$
  Each PC writes its full report (run-v1 JSON) to the share as <computer>.json, for `wutk report \\server\wutk$`, and
  prints one compact JSON object that Script Status shows per device: the exit code and the ids of the failed checks.
  The script's exit code is wutk's: 0 nothing wrong, 1 an issue found, 3 incomplete (see README "Exit codes").
#>
param(
    [string] $Share = '',
    [string] $Wutk = (Join-Path $env:ProgramFiles 'wutk\wutk.exe')
)
$ErrorActionPreference = 'Continue'
$folder = Join-Path $env:ProgramData 'wutk'
New-Item -ItemType Directory -Force -Path $folder | Out-Null
$json = Join-Path $folder 'last-run.json'

& $Wutk run --format json -o $json 2>> (Join-Path $folder 'configmgr.log')
$code = $LASTEXITCODE

$failed = @()
if (Test-Path -LiteralPath $json) {
    $report = Get-Content -LiteralPath $json -Raw -Encoding UTF8 | ConvertFrom-Json
    $failed = @($report.results | Where-Object { $_.status -in 'fail', 'error' } | ForEach-Object { $_.id })
    if ($Share) {
        # The computer account writes here: give Domain Computers "create files" on the share, nothing more.
        Copy-Item -LiteralPath $json -Destination (Join-Path $Share "$env:COMPUTERNAME.json") -Force
    }
}

[pscustomobject]@{ computer = $env:COMPUTERNAME; exitCode = $code; failed = $failed } | ConvertTo-Json -Compress
exit $code
