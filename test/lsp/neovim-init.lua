-- Neovim (0.7+, headless) as the language client of `copydesk lsp --stdio`, driven by
-- test/e2e/neovim-lsp.test.ts: it opens a post, waits for Copydesk's diagnostics, asks for the
-- code actions on the line of one finding through vim.lsp.buf.code_action() (the user's command;
-- vim.ui.select is answered as a user would, by title), lets Neovim apply the edit, writes the
-- file, waits for the diagnostics of the saved text, stops the server and quits. What it saw goes
-- to $COPYDESK_OUT as JSON; any failure is written there too, and Neovim exits with code 1.
--
-- Environment: COPYDESK_NODE (node), COPYDESK_CLI (dist/cli.js), COPYDESK_FILE (the post to
-- open), COPYDESK_CHOOSE (the code action to apply, by title), COPYDESK_OUT (the JSON to write).

local node = assert(os.getenv('COPYDESK_NODE'), 'COPYDESK_NODE')
local cli = assert(os.getenv('COPYDESK_CLI'), 'COPYDESK_CLI')
local file = assert(os.getenv('COPYDESK_FILE'), 'COPYDESK_FILE')
local choose = assert(os.getenv('COPYDESK_CHOOSE'), 'COPYDESK_CHOOSE')
local out = assert(os.getenv('COPYDESK_OUT'), 'COPYDESK_OUT')

local result = { version = vim.version(), log = {} }

local function finish(failure)
  result.failure = failure
  local handle = assert(io.open(out, 'w'))
  handle:write(vim.fn.json_encode(result))
  handle:close()
  vim.cmd(failure and 'cquit! 1' or 'qall!')
end

--- Waits for `test` to hold, processing events meanwhile (LSP messages included); fails the run after `ms`.
local function wait_for(what, ms, test)
  if not vim.wait(ms, test, 20) then error('timed out waiting for ' .. what, 0) end
end

--- The buffer's diagnostics as the test compares them: 0-based lines, byte columns (Neovim's own).
local function diagnostics(bufnr)
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(found, {
      code = d.code,
      source = d.source,
      severity = d.severity,
      message = d.message,
      lnum = d.lnum,
      col = d.col,
      end_lnum = d.end_lnum,
      end_col = d.end_col,
      href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
    })
  end
  table.sort(found, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  return found
end

local function run()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  result.filetype = vim.bo[bufnr].filetype

  local exited = nil
  local client_id = vim.lsp.start_client({
    name = 'copydesk',
    cmd = { node, cli, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['window/logMessage'] = function(_, params) table.insert(result.log, params.message) end,
    },
    on_exit = function(code) exited = code end,
  })
  assert(client_id, 'vim.lsp.start_client returned nothing')
  vim.lsp.buf_attach_client(bufnr, client_id)

  wait_for('the diagnostics', 20000, function() return #vim.diagnostic.get(bufnr) >= 2 end)
  result.before = diagnostics(bufnr)

  -- The user puts the cursor on the finding that has a fix and asks for code actions.
  local target
  for _, d in ipairs(result.before) do
    if d.code == 'brand/preferred-term' then target = d end
  end
  assert(target, 'no brand/preferred-term diagnostic')
  vim.api.nvim_win_set_cursor(0, { target.lnum + 1, target.col })
  local chosen = false
  vim.ui.select = function(items, opts, on_choice)
    result.offered = {}
    local pick
    for _, item in ipairs(items) do
      local title = opts.format_item(item)
      table.insert(result.offered, title)
      if title == choose then pick = item end
    end
    chosen = true
    on_choice(pick)
  end
  local changedtick = vim.api.nvim_buf_get_changedtick(bufnr)
  vim.lsp.buf.code_action()
  wait_for('the code actions', 10000, function() return chosen end)
  wait_for('the edit', 5000, function() return vim.api.nvim_buf_get_changedtick(bufnr) ~= changedtick end)

  -- Linted as typed (the edit is a change), then saved.
  wait_for('the diagnostics of the edited text', 10000, function() return #vim.diagnostic.get(bufnr) == #result.before - 1 end)
  result.edited = diagnostics(bufnr)
  vim.cmd('write')
  result.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n') .. '\n'

  vim.lsp.stop_client(client_id)
  wait_for('the server to exit', 10000, function() return exited ~= nil end)
  result.exit_code = exited
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    vim.schedule(function()
      local ok, err = xpcall(run, debug.traceback)
      finish(not ok and tostring(err) or nil)
    end)
  end,
})
