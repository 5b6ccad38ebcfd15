-- The "result returned" messages carry the signed rating link ({ratingLink}): a new version of each
-- e-mail and SMS template in force (administrators' edits are kept and extended, not replaced).
insert into notification.template (trigger, channel, language, version, subject, body, saved_by)
select t.trigger, t.channel, t.language, t.version + 1, t.subject,
       t.body || case
           when t.channel = 'SMS' and t.language = 'vi' then ' Danh gia: {ratingLink}'
           when t.channel = 'SMS' then ' Rate us: {ratingLink}'
           when t.language = 'vi' then E'\n\nĐánh giá mức độ hài lòng (không cần đăng nhập): {ratingLink}'
           else E'\n\nRate the service (no sign-in needed): {ratingLink}'
       end,
       'migration V11_1'
  from (select distinct on (trigger, channel, language) *
          from notification.template
         where trigger = 'RETURNED' and channel in ('EMAIL', 'SMS')
         order by trigger, channel, language, version desc) t;
