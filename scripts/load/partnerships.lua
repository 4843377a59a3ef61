-- The authenticated-GET ceiling: GET /api/v1/partnerships signed in (Basic), the cheapest answer that
-- still passes the whole security filter chain; decisions are compared with it in the same run.
dofile("scripts/load/report.lua")

function request()
   return wrk.format("GET", "/api/v1/partnerships", { ["Authorization"] = auth })
end
