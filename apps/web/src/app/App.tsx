import { ConfigProvider, Result } from 'antd';
import zhCN from 'antd/locale/zh_CN';

export function App() {
  return (
    <ConfigProvider locale={zhCN}>
      <Result status="info" title="Thirdline" subTitle="第三方与外包治理平台" />
    </ConfigProvider>
  );
}
